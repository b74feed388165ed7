/** Every email the product sends. Adding one is one template file and one line here. */
import { signInEmail } from "./sign-in";
import { welcomeEmail } from "./welcome";

export const EMAILS = { signIn: signInEmail, welcome: welcomeEmail } as const;
