// Placeholder: the renderer is being written; this keeps the build working meanwhile.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p>เลขา</p>);
