/**
 * A loopback server that speaks the OpenAI-compatible chat-completions API
 * (`POST /v1/chat/completions`, `GET /v1/models`) for protocol tests of
 * openai-engine.ts. It records every request as received (method, path,
 * headers, parsed body) and answers with whatever the test's `reply`
 * function returns for it: a completion, an HTTP error, a body that is not
 * JSON, a Retry-After. It translates nothing itself; the test decides what
 * a model would have said.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatMessage {
  role: string;
  content: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body; null for a request without one. */
  body: {
    model?: unknown;
    messages?: ChatMessage[];
    temperature?: unknown;
    max_tokens?: unknown;
    stream?: unknown;
  } | null;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as it is. */
  body: unknown;
  /** Answer after this many ms (to see requests overlap). */
  delayMs?: number;
}

export type Responder = (request: RecordedRequest) => Reply;

export interface ChatServer {
  /** The API's base URL, with its version: `http://127.0.0.1:PORT/v1`. */
  url: string;
  requests: RecordedRequest[];
  /** Replies to the requests from now on. */
  reply: Responder;
  /** Most requests the server was answering at one moment. */
  maxInFlight(): number;
  close(): Promise<void>;
}

/** A chat completion answering `content`, as the API shapes it. */
export function completion(content: string | null, finishReason = 'stop'): unknown {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_800_000_000,
    model: 'test-model',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: finishReason }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

/** The user's message of a recorded chat request: the text the engine sent for translation. */
export function userText(request: RecordedRequest): string {
  return request.body?.messages?.find((m) => m.role === 'user')?.content ?? '';
}

export async function startChatServer(reply: Responder = () => ({ status: 404, body: { error: { message: 'no reply set' } } })): Promise<ChatServer> {
  const requests: RecordedRequest[] = [];
  let inFlight = 0;
  let most = 0;
  const state = { reply };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      inFlight++;
      most = Math.max(most, inFlight);
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: text === '' ? null : (JSON.parse(text) as RecordedRequest['body']),
      };
      requests.push(recorded);
      const answer = state.reply(recorded);
      const send = () => {
        inFlight--;
        const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
        const type = typeof answer.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json';
        res.writeHead(answer.status ?? 200, { 'content-type': type, ...answer.headers });
        res.end(body);
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    get reply() {
      return state.reply;
    },
    set reply(next: Responder) {
      state.reply = next;
    },
    maxInFlight: () => most,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
