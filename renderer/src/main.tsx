import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { appEditor } from './editor/appEditor';
import { EditorProvider } from './editor/EditorContext';
import { launchPersistence } from './persistence/launchPersistence';
import { startViewMemory } from './persistence/viewMemory';
import './styles/base.css';
import './styles/app.css';
import './styles/canvas.css';
import './styles/panel.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

const root = createRoot(container);
// The window's one editor: every change to the document and the session goes through it.
const editor = appEditor();

// The first frame is the workspace from the local library (or the library itself), never the
// built-in sample the document store starts with: reading IndexedDB takes a few milliseconds.
// Remembering starts before the workspace opens, so opening it restores where the user was.
startViewMemory();
void launchPersistence().then(() => {
  performance.mark('ccgm:workspace-loaded');
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <EditorProvider editor={editor}>
          <App />
        </EditorProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
});
