result:solve[1 3 5 7;8];
show result;
