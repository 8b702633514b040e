// Placeholder until the view is built.
export default function Actors() {
  return <section><h1>Actors</h1><p>Not built yet.</p></section>;
}
