result:solve[([] region:enlist `north; amount:enlist 512)];
show result;
