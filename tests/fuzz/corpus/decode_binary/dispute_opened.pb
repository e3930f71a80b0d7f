
DR-000019-2	DR-000019DR-000019-INV-001"CRED-007(Ä®ÅÒ∆20ä1
billing error on some lines	“·USDÈ