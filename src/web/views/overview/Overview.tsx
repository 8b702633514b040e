// Placeholder until the view is built.
export default function Overview() {
  return <section><h1>Overview</h1><p>Not built yet.</p></section>;
}
