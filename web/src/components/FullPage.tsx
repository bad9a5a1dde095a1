import type { ReactNode } from 'react';

/** Centres its content in the whole window (loading, errors, login). */
export function FullPage({ children, background }: { children: ReactNode; background?: string }) {
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 24, background }}>
      {children}
    </div>
  );
}
