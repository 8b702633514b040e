// Placeholder until the view is built.
export default function Digest() {
  return <section><h1>Digest</h1><p>Not built yet.</p></section>;
}
