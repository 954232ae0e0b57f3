/** subset-font 2.9 ships no types (@types/subset-font describes 2.3, without `noHinting`). */
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'; noHinting?: boolean; preserveNameIds?: number[] },
  ): Promise<Buffer>;
}
