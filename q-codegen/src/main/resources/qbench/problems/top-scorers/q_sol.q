solve:{[t;m] `score xdesc select from t where score>=m}
