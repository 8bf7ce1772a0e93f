// `import.meta.glob` in the stories and .storybook/preview.ts (vite).
/// <reference types="vite/client" />
