// Layout and routes: one view per page of the explorer.
import { NavLink, Route, Routes } from 'react-router';
import ActorPage from './views/actors/ActorPage';
import Actors from './views/actors/Actors';
import Digest from './views/digest/Digest';
import EventPage from './views/events/EventPage';
import Events from './views/events/Events';
import Import from './views/import/Import';
import Network from './views/network/Network';
import Overview from './views/overview/Overview';
import Settings from './views/settings/Settings';

const PAGES = [
  { path: '/', label: 'Overview' },
  { path: '/network', label: 'Network' },
  { path: '/events', label: 'Events' },
  { path: '/actors', label: 'Actors' },
  { path: '/digest', label: 'Digest' },
  { path: '/import', label: 'Import' },
  { path: '/settings', label: 'Settings' },
];

export default function App() {
  return (
    <div className="app">
      <header className="top">
        <span className="brand">attaché</span>
        <nav>
          {PAGES.map((page) => (
            <NavLink key={page.path} to={page.path} end={page.path === '/'}>{page.label}</NavLink>
          ))}
        </nav>
      </header>
      <main>
        <Routes>
          <Route path="/" element={<Overview />} />
          <Route path="/network" element={<Network />} />
          <Route path="/events" element={<Events />} />
          <Route path="/events/:id" element={<EventPage />} />
          <Route path="/actors" element={<Actors />} />
          <Route path="/actors/:id" element={<ActorPage />} />
          <Route path="/digest" element={<Digest />} />
          <Route path="/import" element={<Import />} />
          <Route path="/settings" element={<Settings />} />
          <Route path="*" element={<section><h1>Not found</h1></section>} />
        </Routes>
      </main>
    </div>
  );
}
