/** A configuration that cannot be used: its message names the file or variable, the key and the problem. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
