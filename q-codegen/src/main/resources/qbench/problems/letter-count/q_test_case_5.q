result:solve["banana"];
show result;
