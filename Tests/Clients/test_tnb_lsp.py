"""`tnb lsp` driven by pytest-lsp, a client nobody here wrote: pygls validates every message
against the protocol's schema (lsprotocol). Run by Tests/CLITests/LSPClientTests.swift with
TNB set to the built binary: `TNB=.build/debug/tnb python3 -m pytest Tests/Clients`."""
import os

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

TNB = os.environ.get("TNB", "tnb")
URI = "file:///tmp/spend.tnb"
TEXT = (
    "# Spend\n"
    "let payroll = semianalysis.payroll\n"
    "let spend = semianalysis.token_spend\n"
    "let share = spend as % of payroll\n"
    "assert share > 25%\n"
)


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[TNB, "lsp"]))
async def client(lsp_client: LanguageClient):
    result = await lsp_client.initialize_session(
        types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri="file:///tmp")
    )
    assert result.capabilities.hover_provider
    assert result.server_info.name == "tnb"
    yield
    await lsp_client.shutdown_session()


def open_document(client: LanguageClient, text: str, version: int = 1):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=URI, language_id="tnb", version=version, text=text)
        )
    )


@pytest.mark.asyncio
async def test_diagnostics_appear_and_clear(client: LanguageClient):
    open_document(client, TEXT.replace("spend as %", "spnd as %"))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    found = client.diagnostics[URI]
    assert [d.code for d in found] == ["unknown-name"]
    assert found[0].range.start == types.Position(line=3, character=12)
    assert any("did you mean 'spend'?" in info.message for info in found[0].related_information)
    # Fix it with an incremental change: the diagnostic goes.
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(start=types.Position(3, 12), end=types.Position(3, 16)), text="spend"
                )
            ],
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert len(client.diagnostics[URI]) == 0


@pytest.mark.asyncio
async def test_hover_inlay_hints_definition_symbols(client: LanguageClient):
    open_document(client, TEXT)
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    document = types.TextDocumentIdentifier(uri=URI)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=document, position=types.Position(line=2, character=20))
    )
    assert "semianalysis.token_spend" in hover.contents.value
    assert "$7M" in hover.contents.value
    hints = await client.text_document_inlay_hint_async(
        types.InlayHintParams(
            text_document=document, range=types.Range(start=types.Position(0, 0), end=types.Position(5, 0))
        )
    )
    assert [hint.label for hint in hints] == ["= $25M/yr", "= $7M/yr", "= 28%", "= passed"]
    definition = await client.text_document_definition_async(
        types.DefinitionParams(text_document=document, position=types.Position(line=3, character=13))
    )
    assert definition.range.start.line == 2
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=document))
    assert [symbol.name for symbol in symbols] == ["Spend", "payroll", "spend", "share", "assert share > 25%"]


@pytest.mark.asyncio
async def test_completion_and_rename(client: LanguageClient):
    open_document(client, TEXT + "let later = sp\n")
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    document = types.TextDocumentIdentifier(uri=URI)
    completion = await client.text_document_completion_async(
        types.CompletionParams(text_document=document, position=types.Position(line=5, character=14))
    )
    labels = [item.label for item in completion.items]
    assert "spend" in labels and "payroll" not in labels
    figures = await client.text_document_completion_async(
        types.CompletionParams(text_document=document, position=types.Position(line=1, character=27))
    )
    assert "payroll" in [item.label for item in figures.items]
    edit = await client.text_document_rename_async(
        types.RenameParams(text_document=document, position=types.Position(line=2, character=5), new_name="outlay")
    )
    changes = edit.changes[URI]
    # The definition and its use in share (`sp` on the last line is not the name).
    assert len(changes) == 2 and all(change.new_text == "outlay" for change in changes)
