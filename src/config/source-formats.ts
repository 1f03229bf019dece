/** The feed formats a source can name; `auto` tells them apart by content. */
export const sourceFormats = ['auto', 'rss', 'atom', 'jsonfeed', 'ninjs', 'newsml-g2', 'nitf'] as const;
