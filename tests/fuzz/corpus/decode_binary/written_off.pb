
DR-000098-10	DR-000098DR-000098-INV-001"CRED-009(ήκ¨‡ή20ª4
ι)small balance left after partial payments