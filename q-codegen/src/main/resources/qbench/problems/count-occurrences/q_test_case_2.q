result:solve[5 6;7];
show result;
