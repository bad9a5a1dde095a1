/** The query language and live matching: parse, print, fold, evaluate, and match many topics at once. */

export { type Anchor, anchorsOf } from './anchors.js';
export { DEFAULT_FIELDS, FIELD_ALIASES, FIELDS, type Field, type NearNode, type Pattern, type QueryNode, type TermNode } from './ast.js';
export { FoldedDocument, type MatchDocument, prepareDocument } from './document.js';
export { isQuerySyntaxError, QuerySyntaxError } from './errors.js';
export { type CompiledQuery, compileQuery, evaluate } from './evaluate.js';
export { type CharClass, charClass, fold, foldChar, IDEOGRAPHIC, SEPARATOR, WORD } from './fold.js';
export { displayWidth, formatQueryError } from './format-error.js';
export { lintQuery } from './lint.js';
export { compileTopics, type TopicMatcher, type TopicQuery } from './matcher.js';
export { MAX_DEPTH, MAX_QUERY_LENGTH, type ParseResult, parseQuery, tryParseQuery } from './parse.js';
export { printQuery } from './print.js';
export { MAX_NEAR_DISTANCE, type QueryToken, tokenizeQuery } from './tokenize.js';
export { type UnitToken, unitTokens } from './units.js';
