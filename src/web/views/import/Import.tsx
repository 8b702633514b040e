// Placeholder until the view is built.
export default function Import() {
  return <section><h1>Import</h1><p>Not built yet.</p></section>;
}
