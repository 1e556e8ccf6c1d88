import { lazy, Suspense, type ReactNode } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { BrandBar } from './components/Brand';
import { Layout } from './components/Layout';
import { useI18n, withAllMessages } from './i18n';
import { Checkin } from './pages/Checkin';
import { Landing } from './pages/Landing';
import { SignIn } from './pages/SignIn';
import { useSession } from './session';

/** Whatever `lazy` accepts as a component. */
type LazyComponent = Awaited<ReturnType<Parameters<typeof lazy>[0]>>['default'];

/**
 * A page loaded on demand, by its module and the name it exports: its code, and every message of
 * the language (i18n.tsx).
 */
function page<M extends Record<K, LazyComponent>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy<M[K]>(withAllMessages(() => load().then((module) => ({ default: module[name] }))));
}

// Only the pages a link from outside opens first (the landing page, a check-in from the e-mail,
// sign-in) are in the first download; every other page loads on demand (issue 9: the check-in
// page's initial JavaScript, bench/scenarios/web.ts).
const Home = page(() => import('./pages/Home'), 'Home');
const SignUp = page(() => import('./pages/SignUp'), 'SignUp');
const Account = page(() => import('./pages/Account'), 'Account');
const NotFound = page(() => import('./pages/NotFound'), 'NotFound');
// The therapist's workspace loads on demand, so the check-in page a client opens stays small.
const Caseload = page(() => import('./pages/Caseload'), 'Caseload');
const Supervision = page(() => import('./pages/Supervision'), 'Supervision');
const MyTherapy = page(() => import('./pages/MyTherapy'), 'MyTherapy');
const Engagement = page(() => import('./pages/Engagement'), 'Engagement');
// The directory, the questionnaire and booking load on demand too.
const Directory = page(() => import('./pages/Directory'), 'Directory');
const Match = page(() => import('./pages/Match'), 'Match');
const Therapist = page(() => import('./pages/Therapist'), 'Therapist');
const Consultations = page(() => import('./pages/Consultations'), 'Consultations');
const Compare = page(() => import('./pages/Compare'), 'Compare');
// Concerns, the red-flags guide, ending and the clinic's reported concerns.
const Concern = page(() => import('./pages/Concern'), 'Concern');
const Guide = page(() => import('./pages/Guide'), 'Guide');
const EndEngagement = page(() => import('./pages/EndEngagement'), 'EndEngagement');
const ClinicConcerns = page(() => import('./pages/ClinicConcerns'), 'ClinicConcerns');
const ProfileEditor = page(() => import('./pages/ProfileEditor'), 'ProfileEditor');
// The client's data (hand-overs, who saw it, export, erasure) and the therapist's hand-overs.
const MyData = page(() => import('./pages/MyData'), 'MyData');
const AccountDeleted = page(() => import('./pages/MyData'), 'AccountDeleted');
const WhoSawMyData = page(() => import('./pages/WhoSawMyData'), 'WhoSawMyData');
// The administrators' audit log search.
const AuditLog = page(() => import('./pages/admin/Audit'), 'AuditLog');
// The clinic administrator's pages, the invitee's accept page, and a therapist's own figures.
const ClinicHome = page(() => import('./pages/admin/ClinicHome'), 'ClinicHome');
const AdminTherapists = page(() => import('./pages/admin/Therapists'), 'Therapists');
const AdminSettings = page(() => import('./pages/admin/Settings'), 'Settings');
const AdminInstruments = page(() => import('./pages/admin/Instruments'), 'Instruments');
const ClinicFigures = page(() => import('./pages/admin/Figures'), 'ClinicFigures');
const MyFigures = page(() => import('./pages/admin/Figures'), 'MyFigures');
const SupervisionAdmin = page(() => import('./pages/admin/SupervisionAdmin'), 'SupervisionAdmin');
const AcceptInvitation = page(() => import('./pages/AcceptInvitation'), 'AcceptInvitation');
const Handovers = page(() => import('./pages/Handovers'), 'Handovers');
const HandoverView = page(() => import('./pages/HandoverView'), 'HandoverView');
const ReceivedHandovers = page(() => import('./pages/HandoverView'), 'ReceivedHandovers');

export function App() {
  const { user, loading } = useSession();
  const { t } = useI18n();
  if (loading) {
    return (
      <>
        <BrandBar name={t('app.name')} />
        <p className="loading" role="status">
          {t('shell.loading')}
        </p>
      </>
    );
  }
  const clientOnly = (page: ReactNode) =>
    !user ? <Redirect to="/sign-in" /> : user.role === 'client' ? page : <Redirect to="/" />;
  const therapistOnly = (page: ReactNode) =>
    !user ? <Redirect to="/sign-in" /> : user.role === 'therapist' ? page : <Redirect to="/" />;
  const adminOnly = (page: ReactNode) =>
    !user ? <Redirect to="/sign-in" /> : user.role === 'admin' ? page : <Redirect to="/" />;
  return (
    <Layout>
      <Suspense
        fallback={
          <p className="loading" role="status">
            {t('shell.loading')}
          </p>
        }
      >
        <Switch>
          <Route path="/">{user ? <Home user={user} /> : <Landing />}</Route>
          <Route path="/sign-in">{user ? <Redirect to="/" /> : <SignIn />}</Route>
          <Route path="/sign-up">{user ? <Redirect to="/" /> : <SignUp />}</Route>
          <Route path="/checkin/:token">{(params) => <Checkin token={params.token} />}</Route>
          <Route path="/account">
            {user ? <Account user={user} /> : <Redirect to="/sign-in" />}
          </Route>
          <Route path="/my-therapy">
            {!user ? (
              <Redirect to="/sign-in" />
            ) : user.role === 'client' ? (
              <MyTherapy />
            ) : (
              <Redirect to="/" />
            )}
          </Route>
          <Route path="/my-therapy/:id/end">
            {(params) =>
              !user ? (
                <Redirect to="/sign-in" />
              ) : user.role === 'client' ? (
                <EndEngagement key={params.id} engagementId={params.id} />
              ) : (
                <Redirect to="/" />
              )
            }
          </Route>
          <Route path="/concern">
            {!user ? (
              <Redirect to="/sign-in" />
            ) : user.role === 'client' ? (
              <Concern />
            ) : (
              <Redirect to="/" />
            )}
          </Route>
          <Route path="/guide">
            <Guide />
          </Route>
          <Route path="/admin/audit">
            {!user ? (
              <Redirect to="/sign-in" />
            ) : user.role === 'admin' ? (
              <AuditLog />
            ) : (
              <Redirect to="/" />
            )}
          </Route>
          <Route path="/admin">{adminOnly(<ClinicHome />)}</Route>
          <Route path="/admin/therapists">{adminOnly(<AdminTherapists />)}</Route>
          <Route path="/admin/settings">{adminOnly(<AdminSettings />)}</Route>
          <Route path="/admin/instruments">{adminOnly(<AdminInstruments />)}</Route>
          <Route path="/admin/figures">{adminOnly(<ClinicFigures />)}</Route>
          <Route path="/admin/supervision">{adminOnly(<SupervisionAdmin />)}</Route>
          <Route path="/my-figures">{therapistOnly(<MyFigures />)}</Route>
          <Route path="/invitations/:token">
            {(params) => <AcceptInvitation key={params.token} token={params.token} />}
          </Route>
          <Route path="/clinic/concerns">
            {!user ? (
              <Redirect to="/sign-in" />
            ) : user.role === 'admin' ? (
              <ClinicConcerns />
            ) : (
              <Redirect to="/" />
            )}
          </Route>
          <Route path="/therapists">
            <Directory />
          </Route>
          <Route path="/therapists/:id">
            {(params) => <Therapist key={params.id} id={params.id} />}
          </Route>
          <Route path="/match">
            <Match />
          </Route>
          <Route path="/consultations">
            {!user ? (
              <Redirect to="/sign-in" />
            ) : user.role === 'client' ? (
              <Consultations />
            ) : (
              <Redirect to="/" />
            )}
          </Route>
          <Route path="/compare">
            {!user ? (
              <Redirect to="/sign-in" />
            ) : user.role === 'client' ? (
              <Compare />
            ) : (
              <Redirect to="/" />
            )}
          </Route>
          <Route path="/profile">{therapistOnly(<ProfileEditor />)}</Route>
          <Route path="/caseload">{therapistOnly(<Caseload />)}</Route>
          <Route path="/supervision">{therapistOnly(<Supervision />)}</Route>
          <Route path="/my-data">{clientOnly(<MyData />)}</Route>
          <Route path="/my-data/access">{clientOnly(<WhoSawMyData />)}</Route>
          <Route path="/account-deleted">
            <AccountDeleted />
          </Route>
          <Route path="/handovers">{clientOnly(<Handovers />)}</Route>
          <Route path="/handovers/received">{therapistOnly(<ReceivedHandovers />)}</Route>
          <Route path="/handovers/:id">
            {(params) =>
              user ? <HandoverView key={params.id} id={params.id} /> : <Redirect to="/sign-in" />
            }
          </Route>
          <Route path="/engagements/:id">
            {(params) => therapistOnly(<Engagement key={params.id} id={params.id} />)}
          </Route>
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </Suspense>
    </Layout>
  );
}
