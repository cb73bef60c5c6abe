import MarkdownIt from 'markdown-it';

/**
 * Markdown to HTML that is safe to show: raw HTML in the source is escaped as text (html:
 * false), bare addresses become links (linkify), and a link or image goes only to http(s)
 * or mailto — javascript:, data:, vbscript: and relative addresses stay text. Links open
 * in a new tab without the opener or a referrer.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
md.validateLink = (url: string) => /^(https?:\/\/|mailto:)/i.test(url.trim());
md.disable('image');

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet('rel', 'noopener noreferrer nofollow');
  tokens[idx]!.attrSet('target', '_blank');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** A plain-text summary: the first words of the body without its Markdown marks. */
export function summaryOf(source: string, max = 200): string {
  const text = source.replace(/```[\s\S]*?```/g, ' ').replace(/[#>*_`~\[\]()|-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
