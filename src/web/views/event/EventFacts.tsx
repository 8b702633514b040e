// What the coder (and any analyst since) says about one event: who, what, when, how.
import { Link } from 'react-router';
import type { ActorRecord, StoredEvent } from '../../api';

function ActorFacts({ actor, id, position }: { actor: ActorRecord | null; id: number | null; position: 'source' | 'target' }) {
  if (!actor || id === null) {
    return (
      <div className={`event-actor ${position}`}>
        <div className="event-actor-position">{position}</div>
        <div className="muted">none</div>
      </div>
    );
  }
  return (
    <div className={`event-actor ${position}`} data-actor-id={id}>
      <div className="event-actor-position">{position}</div>
      <Link className="event-actor-name" to={`/actors/${id}`}>{actor.name ?? actor.country ?? actor.text}</Link>
      <dl className="event-actor-facts">
        <dt>country</dt><dd>{actor.country ?? '—'}</dd>
        <dt>sector</dt><dd>{actor.sector ?? '—'}</dd>
        <dt>role</dt><dd>{actor.role ?? '—'}</dd>
        <dt>words</dt><dd>“{actor.text}”</dd>
      </dl>
    </div>
  );
}

export default function EventFacts({ event }: { event: StoredEvent }) {
  return (
    <section className="card event-facts">
      <div className="event-actors">
        <ActorFacts actor={event.source} id={event.sourceActorId} position="source" />
        <div className="event-arrow" aria-hidden="true">→</div>
        <ActorFacts actor={event.target} id={event.targetActorId} position="target" />
      </div>
      <dl className="event-codes">
        <dt>date</dt><dd data-field="date">{event.date ?? 'unknown'}</dd>
        <dt>category</dt><dd data-field="plover"><span className={`event-plover quad-${event.quad}`}>{event.plover}</span></dd>
        <dt>CAMEO</dt><dd data-field="cameo">{event.cameo}</dd>
        <dt>quad class</dt><dd data-field="quad">{event.quad}</dd>
        <dt>Goldstein</dt><dd data-field="goldstein">{event.goldstein > 0 ? `+${event.goldstein}` : event.goldstein}</dd>
        <dt>channel</dt><dd data-field="channel">{event.channel ?? '—'}</dd>
        <dt>mode</dt><dd data-field="mode">{event.mode ?? '—'}</dd>
        <dt>context</dt><dd data-field="context">{event.context.length ? event.context.join(', ') : '—'}</dd>
        <dt>confidence</dt><dd data-field="confidence">{event.confidence.toFixed(2)}</dd>
        <dt>state</dt>
        <dd data-field="state">
          {event.rejected ? <span className="event-badge rejected">rejected</span> : <span className="event-badge accepted">accepted</span>}
          {event.corrected && <span className="event-badge corrected">corrected by an analyst</span>}
        </dd>
        <dt>article</dt><dd>{event.doc}, sentence {event.sentence}</dd>
      </dl>
      <blockquote className="event-evidence-quote">{event.evidence.text}</blockquote>
    </section>
  );
}
