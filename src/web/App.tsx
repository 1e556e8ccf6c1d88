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
  return (
    <Layout>
      <Switch>
        <Route path="/">{user ? <Home user={user} /> : <Landing />}</Route>
        <Route path="/sign-in">{user ? <Redirect to="/" /> : <SignIn />}</Route>
        <Route path="/sign-up">{user ? <Redirect to="/" /> : <SignUp />}</Route>
        <Route path="/checkin/:token">{(params) => <Checkin token={params.token} />}</Route>
        <Route path="/account">{user ? <Account user={user} /> : <Redirect to="/sign-in" />}</Route>
        <Route>
          <NotFound />
        </Route>
      </Switch>
    </Layout>
  );
}
