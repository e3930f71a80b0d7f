
e-curDR-1D-1"CRED-10j
	dE
URé