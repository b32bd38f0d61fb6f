/** OpenCC's dictionaries as opencc-js ships them: `"简 簡|发 發 髮|…"` (a source form, then its targets). */
declare module 'opencc-js/dict/*' {
  const dictionary: string
  export default dictionary
}
