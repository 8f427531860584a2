solve:{[t] select tot:sum amount by region from t}
