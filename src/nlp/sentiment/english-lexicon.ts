/** A small English polarity lexicon written for this project: word → strength (1 mild … 3 strong), negative for negative words. */

const POSITIVE: Record<number, string> = {
  1: 'good nice fine ok okay decent fair clean helpful friendly useful comfortable fast quick easy reliable safe solid smooth fresh tasty cheap affordable recommend recommended like likes liked enjoy enjoyed pleasant happy glad satisfied support supports improve improved improvement win wins won success successful progress benefit benefits praise thanks thank welcome',
  2: 'great excellent wonderful lovely love loved loves beautiful delicious impressive perfect awesome fantastic superb brilliant delighted amazing outstanding best favorite favourite',
  3: 'exceptional magnificent phenomenal flawless',
};

const NEGATIVE: Record<number, string> = {
  1: 'bad poor slow dirty noisy expensive overpriced broken late rude cold small problem problems issue issues complaint complain complained complaints disappointing disappointed worse weak fail failed fails failure wrong delay delayed difficult hard lack lacking mediocre meh boring annoying unhappy sad sorry worried concern concerns concerned risk risky unsafe crash crashed bug buggy leak leaked',
  2: 'terrible awful horrible worst hate hated hates disgusting useless scam fraud angry furious outrage outrageous unacceptable toxic dangerous lawsuit lied lies liar misleading refund dead death killed scandal corrupt corruption',
  3: 'disaster catastrophic abysmal atrocious appalling',
};

function build(groups: Record<number, string>, sign: number): [string, number][] {
  return Object.entries(groups).flatMap(([strength, words]) => words.split(' ').map((w): [string, number] => [w, sign * Number(strength)]));
}

export const EN_LEXICON: ReadonlyMap<string, number> = new Map([...build(POSITIVE, 1), ...build(NEGATIVE, -1)]);

export const EN_NEGATORS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'without',
  'hardly',
  'barely',
  'cannot',
  "n't",
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'wont',
  'cant',
  'couldnt',
  'shouldnt',
  'wouldnt',
]);

export const EN_INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ['very', 1.5],
  ['really', 1.4],
  ['extremely', 1.8],
  ['so', 1.3],
  ['too', 1.3],
  ['super', 1.5],
  ['absolutely', 1.6],
  ['totally', 1.5],
  ['incredibly', 1.7],
  ['highly', 1.5],
  ['most', 1.4],
  ['quite', 1.2],
  ['slightly', 0.6],
  ['somewhat', 0.7],
  ['fairly', 0.8],
  ['bit', 0.7],
  ['little', 0.7],
  ['kinda', 0.7],
]);

export const EN_CONTRAST: ReadonlySet<string> = new Set(['but', 'however', 'though', 'yet', 'although']);
