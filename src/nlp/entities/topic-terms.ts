/**
 * Names from a workspace's topics, recognised exactly in text: the plain positive terms of each topic query (not
 * negated, no wildcard, in the title or text) that jieba tags as a name (person, organisation, place, other proper
 * noun, foreign word, unknown). Their kind comes from the user dictionary, else from the tag (unknown → org).
 */
import type { QueryNode } from '../../match/ast.js';
import { tryParseQuery } from '../../match/parse.js';
import { sharedJieba } from '../segment/jieba.js';
import type { UserLexicon } from '../segment/lexicon.js';
import { WordTrie } from '../segment/trie.js';
import { type EntityKind, kindOfTag, kindOfUserWord } from './kinds.js';
import { KNOWN_ORGS } from './organisations.js';

const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'nt', 'ns', 'nz', 'eng', 'x', 'j']);

export function topicNameTrie(queries: readonly string[], lexicon: UserLexicon): WordTrie<{ name: string; kind: EntityKind }> {
  const trie = new WordTrie<{ name: string; kind: EntityKind }>();
  for (const query of queries) {
    const parsed = tryParseQuery(query);
    if (!parsed.ok) continue;
    for (const term of positiveTerms(parsed.tree)) {
      if ([...term].length < 2) continue;
      const user = lexicon.lookup(term);
      if (user) {
        const kind = kindOfUserWord(user.kind);
        if (kind) trie.add(term, { name: user.word, kind });
        continue;
      }
      if (KNOWN_ORGS.has(term.toLowerCase())) {
        trie.add(term, { name: term, kind: 'org' });
        continue;
      }
      const tagged = sharedJieba().tag(term, true);
      if (tagged.length !== 1 || !tagged[0] || !NAME_TAGS.has(tagged[0].tag)) continue;
      trie.add(term, { name: term, kind: kindOfTag(tagged[0].tag) ?? 'org' });
    }
  }
  return trie;
}

function positiveTerms(node: QueryNode, out: string[] = []): string[] {
  if (node.type === 'term') {
    if (!node.wildcard && (node.field === null || node.field === 'title' || node.field === 'text') && !node.value.includes(' '))
      out.push(node.value);
  } else if (node.type === 'and' || node.type === 'or') for (const c of node.children) positiveTerms(c, out);
  return out;
}
