// `import.meta.glob` and JSON imports in the stories (vite).
/// <reference types="vite/client" />
