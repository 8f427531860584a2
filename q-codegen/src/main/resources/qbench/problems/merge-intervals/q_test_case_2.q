result:solve[(1 4;4 5;7 8)];
show result;
