// Placeholder until the view is built.
export default function Network() {
  return <section><h1>Network</h1><p>Not built yet.</p></section>;
}
