result:solve[(5 7;1 2;3 4)];
show result;
