/**
 * Access tokens from MSAL nested app authentication (NAA): Outlook brokers the sign-in the user
 * already has, so `acquireTokenSilent` works in the task pane and in event handlers, where pop-ups
 * are impossible. No interactive fallback here: when no token comes silently, the caller falls back
 * to the manual queue. https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in
 */
import { createNestablePublicClientApplication, type IPublicClientApplication } from "@azure/msal-browser";
import type { TokenSource } from "./graph-sender";

export interface NaaSettings {
  clientId: string;
  authority: string;
}

const apps = new Map<string, Promise<IPublicClientApplication>>();

function appFor(settings: NaaSettings): Promise<IPublicClientApplication> {
  const key = `${settings.clientId} ${settings.authority}`;
  let app = apps.get(key);
  if (!app) {
    app = createNestablePublicClientApplication({ auth: { clientId: settings.clientId, authority: settings.authority } });
    // A failed start is not cached: the next Send tries again.
    app.catch(() => apps.delete(key));
    apps.set(key, app);
  }
  return app;
}

export function naaTokenSource(settings: NaaSettings): TokenSource {
  return async (scopes) => {
    const app = await appFor(settings);
    const result = await app.acquireTokenSilent({ scopes });
    return result.accessToken || undefined;
  };
}
