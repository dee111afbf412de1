// Small page helpers; every page works without them.
document.addEventListener('DOMContentLoaded', () => {
  // Remember the name tried so the login page can say when it is locked (never the password).
  const login = document.getElementById('login-form');
  if (login) {
    login.addEventListener('submit', () => {
      const name = document.getElementById('j_username').value;
      document.cookie = 'claimdesk-login-name=' + encodeURIComponent(name) + '; path=/login; max-age=300; SameSite=Strict';
    });
  }
});
