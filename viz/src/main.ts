// Boots the dashboard.
const root = document.getElementById("app");
if (root) root.textContent = "Sinergi";
