/** 首页: the desk's dashboard (pages/dashboard/). */
import { Dashboard } from './dashboard/Dashboard.js';

export default function HomePage() {
  return <Dashboard />;
}
