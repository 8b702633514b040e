// Placeholder until the view is built.
export default function Settings() {
  return <section><h1>Settings</h1><p>Not built yet.</p></section>;
}
