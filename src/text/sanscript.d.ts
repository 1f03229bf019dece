// The package's bundled types describe an ES module namespace, but it is a
// CommonJS module whose default import is the Sanscript object itself. Only
// what wiredesk calls is declared.
declare module '@indic-transliteration/sanscript' {
  interface SanscriptOptions {
    skip_sgml?: boolean;
    syncope?: boolean;
  }
  interface Sanscript {
    t(data: string, from: string, to: string, options?: SanscriptOptions): string;
  }
  const Sanscript: Sanscript;
  export default Sanscript;
}
