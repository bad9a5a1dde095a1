/** Types for the raw OpenCC character tables we read (each a `from to|from to|…` string). */
declare module 'opencc-js/dict/TSCharacters' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/dict/TWVariantsRev' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/dict/HKVariantsRev' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/dict/CJK_Compatibility_Ideographs' {
  const dict: string;
  export default dict;
}
