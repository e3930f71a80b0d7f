
DR-000098-2	DR-000098DR-000098-INV-001"CRED-009(²πώΪΛ20rι"courtesy-reminder