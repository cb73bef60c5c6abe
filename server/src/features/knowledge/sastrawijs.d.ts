/** The one class of sastrawijs this server uses (its typings are not reachable through its package exports). */
declare module 'sastrawijs' {
  export class Stemmer {
    stem(word: string): string;
  }
}
