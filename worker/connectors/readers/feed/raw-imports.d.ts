// Vite's `?raw` import (the tests read their fixture feeds with it): the file's text.
declare module '*?raw' {
  const text: string;
  export default text;
}
