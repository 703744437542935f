// On every page, and all it does: only a page opened from a search result (…?hl=营商环境) loads the highlighter.
if (new URLSearchParams(location.search).has('hl')) void import('./highlight-terms.ts').then((m) => m.highlightTerms());
