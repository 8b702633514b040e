// Placeholder until the view is built.
export default function ActorPage() {
  return <section><h1>ActorPage</h1><p>Not built yet.</p></section>;
}
