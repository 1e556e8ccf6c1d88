import { lazy, Suspense, type ReactNode } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { Layout } from './components/Layout';
import { useI18n } from './i18n';
import { Account } from './pages/Account';
import { Checkin } from './pages/Checkin';
import { Home } from './pages/Home';
import { Landing } from './pages/Landing';
import { NotFound } from './pages/NotFound';
import { SignIn } from './pages/SignIn';
import { SignUp } from './pages/SignUp';
import { useSession } from './session';

// The therapist's workspace loads on demand, so the check-in page a client opens stays small.
const Caseload = lazy(() => import('./pages/Caseload').then((m) => ({ default: m.Caseload })));
const Supervision = lazy(() =>
  import('./pages/Supervision').then((m) => ({ default: m.Supervision })),
);
const MyTherapy = lazy(() => import('./pages/MyTherapy').then((m) => ({ default: m.MyTherapy })));
const Engagement = lazy(() =>
  import('./pages/Engagement').then((m) => ({ default: m.Engagement })),
);
// The directory, the questionnaire and booking load on demand too.
const Directory = lazy(() => import('./pages/Directory').then((m) => ({ default: m.Directory })));
const Match = lazy(() => import('./pages/Match').then((m) => ({ default: m.Match })));
const Therapist = lazy(() => import('./pages/Therapist').then((m) => ({ default: m.Therapist })));
const Consultations = lazy(() =>
  import('./pages/Consultations').then((m) => ({ default: m.Consultations })),
);
const Compare = lazy(() => import('./pages/Compare').then((m) => ({ default: m.Compare })));
// Concerns, the red-flags guide, ending and the clinic's reported concerns.
const Concern = lazy(() => import('./pages/Concern').then((m) => ({ default: m.Concern })));
const Guide = lazy(() => import('./pages/Guide').then((m) => ({ default: m.Guide })));
const EndEngagement = lazy(() =>
  import('./pages/EndEngagement').then((m) => ({ default: m.EndEngagement })),
);
const ClinicConcerns = lazy(() =>
  import('./pages/ClinicConcerns').then((m) => ({ default: m.ClinicConcerns })),
);
const ProfileEditor = lazy(() =>
  import('./pages/ProfileEditor').then((m) => ({ default: m.ProfileEditor })),
);
// The client's data (hand-overs, who saw it, export, erasure) and the therapist's hand-overs.
const MyData = lazy(() => import('./pages/MyData').then((m) => ({ default: m.MyData })));
const AccountDeleted = lazy(() =>
  import('./pages/MyData').then((m) => ({ default: m.AccountDeleted })),
);
const WhoSawMyData = lazy(() =>
  import('./pages/WhoSawMyData').then((m) => ({ default: m.WhoSawMyData })),
);
// The administrators' audit log search.
const AuditLog = lazy(() => import('./pages/admin/Audit').then((m) => ({ default: m.AuditLog })));
const Handovers = lazy(() => import('./pages/Handovers').then((m) => ({ default: m.Handovers })));
const HandoverView = lazy(() =>
  import('./pages/HandoverView').then((m) => ({ default: m.HandoverView })),
);
const ReceivedHandovers = lazy(() =>
  import('./pages/HandoverView').then((m) => ({ default: m.ReceivedHandovers })),
);

export function App() {
  const { user, loading } = useSession();
  const { t } = useI18n();
  if (loading) {
    return (
      <p className="loading" role="status">
        {t('shell.loading')}
      </p>
    );
  }
  const clientOnly = (page: ReactNode) =>
    !user ? <Redirect to="/sign-in" /> : user.role === 'client' ? page : <Redirect to="/" />;
  const therapistOnly = (page: ReactNode) =>
    !user ? <Redirect to="/sign-in" /> : user.role === 'therapist' ? page : <Redirect to="/" />;
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
