from itbverify.app.cli import run

run()
