// The VS Code client for `tnb lsp`: starts the server for .tnb files with the command and
// arguments of the tnb.server.* settings (docs/editors.md). `npm install` in this folder fetches
// vscode-languageclient; this file is not run by tnb's tests, which drive the server through
// Neovim's client and pytest-lsp instead.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate() {
  const settings = vscode.workspace.getConfiguration("tnb");
  const server = {
    command: settings.get("server.command", "tnb"),
    args: settings.get("server.arguments", ["lsp"]),
  };
  client = new LanguageClient("tnb", "tnb", server, { documentSelector: [{ scheme: "file", language: "tnb" }] });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
