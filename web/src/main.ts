// The dashboard's entry: who is logged in, the navigation, and a hash router over the views.
import type { Me } from "./api.js";
import { api, setSession, whenUnauthorized } from "./api.js";
import { failure, h, loading, show } from "./dom.js";
import { entry } from "./views/entry.js";
import { ledger } from "./views/ledger.js";
import { overview } from "./views/overview.js";
import { review } from "./views/review.js";
import { search } from "./views/search.js";

const main = document.getElementById("view") as HTMLElement;
const account = document.getElementById("account") as HTMLElement;
const nav = document.getElementById("nav") as HTMLElement;
let me: Me = { user: null, csrf: null, public: false };

function loginForm(message = ""): void {
  nav.hidden = true;
  show(account);
  const name = h("input", {
    name: "name",
    autocomplete: "username",
    required: "",
    "aria-label": "user name",
  });
  const password = h("input", {
    name: "password",
    type: "password",
    autocomplete: "current-password",
    required: "",
    "aria-label": "password",
  });
  const status = h("p", { class: "state error", role: "alert" }, message);
  const form = h(
    "form",
    { class: "login" },
    h("h1", {}, "Log in"),
    h("label", {}, "User", name),
    h("label", {}, "Password", password),
    h("button", { type: "submit" }, "Log in"),
    status,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    api<Me>("/api/login", { method: "POST", body: { name: name.value, password: password.value } })
      .then((session) => {
        signedIn(session);
        void route();
      })
      .catch((error: Error) => show(status, error.message));
  });
  show(main, form);
  name.focus();
}

function signedIn(session: Me): void {
  me = session;
  setSession(session);
  nav.hidden = false;
  for (const link of nav.querySelectorAll<HTMLElement>("[data-role=analyst]"))
    link.hidden = !me.user || me.user.role === "viewer";
  const logout = h("button", { type: "button", class: "link" }, "Log out");
  logout.addEventListener("click", () => {
    void api("/api/logout", { method: "POST" }).finally(() => {
      me = { user: null, csrf: null, public: me.public };
      location.hash = "#/";
      loginForm("Logged out.");
    });
  });
  show(
    account,
    me.user ? h("span", {}, `${me.user.name} (${me.user.role}) `) : h("span", {}, "public read-only "),
    me.user ? logout : null,
  );
}

async function route(): Promise<void> {
  const [path = "", search_ = ""] = location.hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(search_);
  for (const link of nav.querySelectorAll("a"))
    link.classList.toggle(
      "current",
      link.getAttribute("href") === `#${path.split("/").slice(0, 2).join("/")}`,
    );
  // Each visit draws into its own element: a slow earlier view that finishes late draws into a detached one.
  const view = h("div", {}, loading());
  show(main, view);
  try {
    if (path.startsWith("/entry/")) await entry(view, decodeURIComponent(path.slice("/entry/".length)), me);
    else if (path === "/ledger") await ledger(view, params);
    else if (path === "/review") await review(view);
    else if (path === "/search") await search(view, params.get("q") ?? "");
    else await overview(view);
  } catch (error) {
    if (me.user || me.public)
      show(
        view,
        failure(error, () => void route()),
      );
  }
}

async function start(): Promise<void> {
  whenUnauthorized(() => loginForm("Please log in."));
  const searchForm = document.getElementById("search") as HTMLFormElement;
  searchForm.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = `#/search?q=${encodeURIComponent(String(new FormData(searchForm).get("q") ?? ""))}`;
  });
  window.addEventListener("hashchange", () => void route());
  try {
    signedIn(await api<Me>("/api/me"));
  } catch {
    return; // whenUnauthorized has shown the login form
  }
  await route();
}

void start();
