/** Spread and origin (传播分析), pure: the propagation tree, its key nodes and accounts, channel pick-up and reach over time. */
export { buildSpreadTree, type EdgeKind, type SpreadMention, type SpreadNode, type SpreadTree } from './graph.js';
export { pruneTree, type ShownNode } from './prune.js';
export {
  type ChannelPickUp,
  channelPickUps,
  type KeyAccount,
  type KeyNode,
  keyAccounts,
  keyNodes,
  type ReachPoint,
  reachOverTime,
} from './summary.js';
